namespace OnlineService.Services.Privacy;

/// <summary>What a piece of personal data is (SPEC §9): decides how each rendering replaces it.</summary>
public enum PersonalDataKind
{
    IdNumber,
    BankCard,
    Mobile,
    Landline,
    Name,
    Address,
}

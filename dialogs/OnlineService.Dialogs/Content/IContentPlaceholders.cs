namespace OnlineService.Dialogs.Content;

/// <summary>The utility's own facts that texts refer to by placeholder ({hotline}, {utilityName}…).</summary>
public interface IContentPlaceholders
{
    IReadOnlyDictionary<string, string> GetValues();
}

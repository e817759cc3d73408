namespace OnlineService.Understanding.Intents;

/// <summary>The fixed intent ids of shared/intents.md; tests, reports and the understanding endpoint use them verbatim.</summary>
public static class IntentIds
{
    public const string None = "none";

    public const string RepairLeak = "repair.leak";
    public const string RepairNotWarm = "repair.not_warm";
    public const string RepairTemperatureCheck = "repair.temperature_check";
    public const string RepairOther = "repair.other";
    public const string Complaint = "complaint";
    public const string Report = "report";
    public const string Suggestion = "suggestion";
    public const string Praise = "praise";
    public const string BillQuery = "bill.query";
    public const string BillPay = "bill.pay";
    public const string InvoiceGet = "invoice.get";
    public const string Refund = "refund";
    public const string HeatingSuspend = "heating.suspend";
    public const string HeatingResume = "heating.resume";
    public const string AccountTransfer = "account.transfer";
    public const string AccountBind = "account.bind";
    public const string RequestStatus = "request.status";
    public const string OutageQuery = "outage.query";
    public const string HandoffHuman = "handoff.human";

    public const string FaqPrefix = "faq.";

    /// <summary>Intents that start a dialog.</summary>
    public static IReadOnlyList<string> Transactional { get; } =
    [
        RepairLeak, RepairNotWarm, RepairTemperatureCheck, RepairOther, Complaint, Report, Suggestion, Praise,
        BillQuery, BillPay, InvoiceGet, Refund, HeatingSuspend, HeatingResume, AccountTransfer, AccountBind,
        RequestStatus, OutageQuery, HandoffHuman,
    ];

    /// <summary>Intents answered from the FAQ knowledge base.</summary>
    public static IReadOnlyList<string> Faq { get; } =
    [
        "faq.heating_period", "faq.temperature_standard", "faq.fee_standard", "faq.payment_methods",
        "faq.payment_deadline", "faq.invoice_howto", "faq.suspend_conditions", "faq.transfer_materials",
        "faq.bleed_radiator", "faq.radiator_cover", "faq.leak_emergency", "faq.outlets", "faq.hotline",
        "faq.water_filling", "faq.billing_area", "faq.heat_metering", "faq.low_income_reduction", "faq.renovation",
    ];

    /// <summary>Every id a recognizer may return, <see cref="None"/> last.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Transactional, .. Faq, None];

    public static bool IsFaq(string intent) => intent.StartsWith(FaqPrefix, StringComparison.Ordinal);

    public static bool IsKnown(string intent) => All.Contains(intent, StringComparer.Ordinal);
}

namespace OnlineService.Services.WorkOrders;

/// <summary>What a resident asks for; each category has its own time limits (SPEC §3, T/CDHA 4.4, DB11 5.7–5.8).</summary>
public enum WorkOrderCategory
{
    /// <summary>Consultation answered online (咨询, T/CDHA 10.2.1.1).</summary>
    Consultation,

    /// <summary>Consultation that is complex or needs another department (T/CDHA 4.4.4).</summary>
    ComplexConsultation,

    /// <summary>Indoor leak (室内漏水).</summary>
    RepairLeak,

    /// <summary>Room not warm enough (室温不达标).</summary>
    RepairNotWarm,

    /// <summary>Room temperature measurement visit (测温).</summary>
    RepairTemperatureCheck,

    /// <summary>Any other repair: broken parts, outdoor faults (其他维修).</summary>
    RepairOther,

    /// <summary>Complaint (投诉, T/CDHA 9.3).</summary>
    Complaint,

    /// <summary>Report of misconduct (举报, T/CDHA 9.4).</summary>
    Report,

    /// <summary>Suggestion (建议, T/CDHA 9.5).</summary>
    Suggestion,

    /// <summary>Praise (表扬, T/CDHA 9.6).</summary>
    Praise,

    /// <summary>Suspend heating (报停, T/CDHA 4.4.6, DB11 5.7).</summary>
    SuspendHeating,

    /// <summary>Resume heating (恢复用热, T/CDHA 4.4.6, DB11 5.7).</summary>
    ResumeHeating,

    /// <summary>Ownership transfer (过户, T/CDHA 4.4.7).</summary>
    OwnershipTransfer,
}

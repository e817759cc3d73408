namespace OnlineService.Dialogs.Handoff;

/// <summary>A danger a resident reports, which gets safety advice first, an emergency order and a person.</summary>
public enum EmergencyKind
{
    None,

    /// <summary>A gas smell: the gas company's emergency, recorded and followed by the heating utility's duty staff.</summary>
    Gas,

    /// <summary>A burst pipe or water flooding the home.</summary>
    Flooding,

    /// <summary>A leak reported as spreading: bigger and bigger, unstoppable, reaching the neighbours below.</summary>
    SpreadingLeak,
}

namespace OnlineService.AlipaySimulator;

/// <summary>How a scripted failure is delivered.</summary>
public enum SimulatedFailureKind
{
    Answer,
    TamperedSignature,
    NoSignature,
    HttpError,
    Hang,
}

namespace OnlineService.AlipaySimulator;

/// <summary>A scripted answer for the next calls of one method.</summary>
/// <param name="Code">The <c>code</c> to answer (e.g. "40004", "20000").</param>
/// <param name="SubCode">The <c>sub_code</c>, e.g. "ACQ.SYSTEM_ERROR".</param>
/// <param name="Kind">Normal signed failure, a broken signature, no signature, an HTTP 502, or a hang (timeout).</param>
public sealed record SimulatedFailure(string Code, string? SubCode, SimulatedFailureKind Kind = SimulatedFailureKind.Answer);

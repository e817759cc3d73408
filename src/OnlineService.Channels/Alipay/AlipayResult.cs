using System.Diagnostics.CodeAnalysis;

namespace OnlineService.Channels.Alipay;

/// <summary>The outcome of a call that Alipay answered with a verified signature: a value, or an <see cref="AlipayError"/>.
/// Unverifiable answers, timeouts and network failures are exceptions (<see cref="AlipayUnknownOutcomeException"/>),
/// because nothing about the trade can be concluded from them.</summary>
public sealed class AlipayResult<T>
{
    private AlipayResult(T? value, AlipayError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public AlipayError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    internal static AlipayResult<T> Success(T value) => new(value, null);

    internal static AlipayResult<T> Failure(AlipayError error) => new(default, error);
}

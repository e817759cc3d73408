namespace OnlineService.Gateway.Tests.WeChat.Simulator;

/// <summary>One API call the simulated platform received and what it answered.</summary>
public sealed record SimulatorCall(string Path, string Body, string? AccessToken, int ErrCode, DateTimeOffset At);

namespace OnlineService.Services.Handoff;

/// <summary>A group's queue.</summary>
/// <param name="Group">The group.</param>
/// <param name="Waiting">Tickets waiting.</param>
/// <param name="Assigned">Tickets held by agents.</param>
/// <param name="OldestWaitingSince">When the oldest waiting ticket was queued.</param>
/// <param name="AttendingAgents">Online or busy agents serving the group.</param>
public sealed record GroupQueueStatus(string Group, int Waiting, int Assigned, DateTimeOffset? OldestWaitingSince, int AttendingAgents);

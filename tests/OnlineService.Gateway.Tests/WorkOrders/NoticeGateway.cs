using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Tests.Jobs;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders;

/// <summary>Helpers over a <see cref="ClockGateway"/>: orders received from a web-chat conversation, and what that conversation was sent.</summary>
internal static class NoticeGateway
{
    public static CancellationToken Ct => ClockGateway.Ct;

    /// <summary>A leak reported from the web-chat conversation <paramref name="conversationId"/>.</summary>
    public static WorkOrderIntake Intake(string conversationId, string resident = "r-1") =>
        ClockGateway.Intake(resident, WorkOrderCategory.RepairLeak) with
        {
            NoticeAddress = JsonSerializer.Serialize(
                new ConversationReference("directline", conversationId, new ChannelAccount($"dl_{resident}", Role: "user"), new ChannelAccount("bot", "测试热力", "bot"), null, "zh-CN"),
                ActivityJson.Options),
        };

    /// <summary>The activities delivered to the conversation, once the outbox has delivered <paramref name="expected"/> (or 10 s passed).</summary>
    public static async Task<IReadOnlyList<Activity>> DeliveredAsync(ClockGateway gateway, string conversationId, int expected)
    {
        var transcript = gateway.Services.GetRequiredService<ITranscriptStore>();
        var deadline = Environment.TickCount64 + 10_000;
        IReadOnlyList<TranscriptEntry> entries;
        do
        {
            entries = await transcript.ReadAsync(conversationId, 0, 100, Ct);
            if (entries.Count >= expected)
            {
                // A second copy, if any, would be queued by now; give the dispatcher a moment to show it.
                await Task.Delay(200, Ct);
                entries = await transcript.ReadAsync(conversationId, 0, 100, Ct);
                break;
            }

            await Task.Delay(50, Ct);
        }
        while (Environment.TickCount64 < deadline);

        return [.. entries.Select(e => ActivityJson.Deserialize(e.ActivityJson))];
    }

    public static string? NoticeKind(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("noticeKind", out var kind) ? kind.GetString() : null;
}

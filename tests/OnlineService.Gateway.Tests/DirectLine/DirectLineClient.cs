using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>Plain HTTP calls to the Direct Line API, as a page backend or a test needs them.</summary>
public static class DirectLineClient
{
    public static async Task<(string ConversationId, string Token)> GenerateAsync(HttpClient http, string? userId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveGateway.Secret);
        if (userId is not null)
        {
            request.Content = JsonContent.Create(new { user = new { id = userId } });
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)) as JsonObject)
        ?? throw new InvalidOperationException("The response is not a JSON object.");

    /// <summary>Polls <c>GET …/activities</c> until <paramref name="done"/> holds for the history, or 20 s pass.</summary>
    public static async Task<JsonArray> WaitForHistoryAsync(HttpClient http, string conversationId, string token, Func<JsonArray, bool> done, string watermark = "")
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var response = await SendAsync(http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
            response.EnsureSuccessStatusCode();
            var activities = (await ReadObjectAsync(response))["activities"]!.AsArray();
            if (done(activities))
            {
                return activities;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"The history never matched; it holds: {activities.ToJsonString()}");
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}

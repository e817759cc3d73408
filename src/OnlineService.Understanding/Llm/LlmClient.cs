using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace OnlineService.Understanding.Llm;

/// <summary>
/// One configured endpoint behind Semantic Kernel's OpenAI chat connector, with the hard timeout and the circuit
/// breaker every LLM feature shares (one instance per endpoint, registered as a singleton). A call either returns
/// the model's text or <c>null</c>; failures are logged without the prompt (it may hold residents' words) and never
/// thrown. Only the caller's own cancellation surfaces, as <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class LlmClient : IDisposable
{
    private readonly LlmOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LlmClient> _logger;
    private readonly HttpClient? _httpClient;
    private readonly OpenAIChatCompletionService? _chat;

    /// <exception cref="InvalidOperationException">The LLM is enabled but the options are invalid.</exception>
    public LlmClient(LlmOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger<LlmClient>();
        Breaker = new LlmCircuitBreaker(options.BreakerFailureThreshold, options.BreakerOpenDuration, timeProvider);
        if (!options.Enabled)
        {
            return;
        }

        var errors = LlmOptionsValidator.Check(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }

        // The timeout below is the only limit, and retries are off: a failing endpoint must cost one attempt of the
        // turn's budget, not several, and the breaker (not a retry loop) decides when to try again.
        _httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            Transport = new HttpClientPipelineTransport(_httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? "not-needed" : options.ApiKey;
        _chat = new OpenAIChatCompletionService(options.Model!, new OpenAIClient(new ApiKeyCredential(apiKey), clientOptions), loggerFactory);
    }

    /// <summary>Whether calls may currently reach the endpoint (enabled and the breaker not open).</summary>
    public bool IsAvailable => _chat is not null && Breaker.State != LlmBreakerState.Open;

    internal LlmCircuitBreaker Breaker { get; }

    /// <param name="operation">Short name for the logs, e.g. <c>intent</c>.</param>
    /// <param name="systemPrompt">The instructions.</param>
    /// <param name="userMessage">The data to work on.</param>
    /// <param name="maxTokens">Upper bound of the reply, which also bounds its latency.</param>
    /// <param name="parse">Reads the reply; <c>null</c> means it was unusable, which counts as a failure of the endpoint.</param>
    /// <param name="cancellationToken">The turn's token; cancelling it abandons the call.</param>
    /// <returns>The parsed reply, or <c>null</c> when disabled, skipped by the breaker, timed out, failed or unusable.</returns>
    public async Task<T?> CompleteAsync<T>(
        string operation, string systemPrompt, string userMessage, int maxTokens, Func<string, T?> parse, CancellationToken cancellationToken)
        where T : class
    {
        if (_chat is null)
        {
            return null;
        }

        if (!Breaker.TryEnter())
        {
            _logger.LogDebug("LLM {Operation} skipped: circuit breaker open", operation);
            return null;
        }

        var started = _timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var history = new ChatHistory(systemPrompt);
            history.AddUserMessage(userMessage);
            var settings = new OpenAIPromptExecutionSettings { Temperature = 0 };
            if (_options.UseMaxTokensField)
            {
                // The OpenAI SDK only writes max_completion_tokens, which many compatible servers do not know. ExtraBody is
                // marked experimental (SKEXP0010); the package version is pinned and a test asserts the field on the wire.
#pragma warning disable SKEXP0010
                settings.ExtraBody = new Dictionary<string, object?> { ["max_tokens"] = maxTokens };
#pragma warning restore SKEXP0010
            }
            else
            {
                settings.MaxTokens = maxTokens;
            }

            var reply = await _chat.GetChatMessageContentAsync(history, settings, kernel: null, linked.Token);
            var parsed = string.IsNullOrWhiteSpace(reply.Content) ? null : parse(reply.Content);
            if (parsed is null)
            {
                Fail(operation, started, "the reply was empty or not in the requested form", exception: null);
                return null;
            }

            Breaker.RecordSuccess();
            _logger.LogDebug("LLM {Operation} answered in {ElapsedMs:0} ms", operation, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return parsed;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            Breaker.Abandon();
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception) when (timeout.IsCancellationRequested)
        {
            Fail(operation, started, $"no reply within {_options.Timeout.TotalMilliseconds:0} ms", exception: null);
            return null;
        }
        catch (Exception exception)
        {
            Fail(operation, started, exception.GetType().Name, exception);
            return null;
        }
    }

    public void Dispose() => _httpClient?.Dispose();

    private void Fail(string operation, long started, string reason, Exception? exception)
    {
        // The exception message may quote the endpoint's error but never our prompt, so it is safe to log.
        _logger.LogWarning(exception, "LLM {Operation} failed after {ElapsedMs:0} ms ({Reason}); the offline path answers",
            operation, _timeProvider.GetElapsedTime(started).TotalMilliseconds, reason);
        if (Breaker.RecordFailure())
        {
            _logger.LogWarning("LLM circuit breaker for {Endpoint} opened for {OpenFor}", _options.Endpoint, _options.BreakerOpenDuration);
        }
    }
}

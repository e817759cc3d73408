namespace OnlineService.Understanding.Llm;

/// <summary>
/// The optional LLM (configuration section <c>Llm</c>): any OpenAI-compatible chat-completions endpoint reached
/// through Semantic Kernel's OpenAI connector. Disabled by default; when disabled or failing, the offline path answers.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>Turns the LLM on; everything else is only checked when this is <c>true</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Base URL of the OpenAI-compatible API, the part before <c>chat/completions</c>, e.g.
    /// <c>https://dashscope.aliyuncs.com/compatible-mode/v1</c> (Qwen), <c>https://api.deepseek.com/v1</c>,
    /// <c>https://RESOURCE.openai.azure.com/openai/v1</c> or <c>http://127.0.0.1:8000/v1</c> for a local server.
    /// Plain <c>http</c> is only accepted for a server on this machine.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as a bearer token; may stay empty for a local server that needs none. Keep it out of source control.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model (or Azure deployment) name, e.g. <c>qwen-plus</c> or <c>deepseek-chat</c>.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Hard limit for one call. The default of 2.5 s leaves room for the rest of the turn inside WeChat's
    /// 5-second passive-reply budget; at most <see cref="MaxTimeout"/> is accepted.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Consecutive failures (errors, timeouts, unusable replies) after which the breaker opens.</summary>
    public int BreakerFailureThreshold { get; set; } = 3;

    /// <summary>How long an open breaker skips the endpoint before one trial call is let through.</summary>
    public TimeSpan BreakerOpenDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Sends the reply limit as <c>max_tokens</c>, which Qwen, DeepSeek and local servers read; set <c>false</c> to send
    /// <c>max_completion_tokens</c> instead (what the OpenAI SDK sends by default; required by OpenAI's reasoning models).
    /// </summary>
    public bool UseMaxTokensField { get; set; } = true;

    /// <summary>FAQ passages retrieved to ground a composed answer.</summary>
    public int MaxPassages { get; set; } = 3;

    /// <summary>Score given to an intent the LLM picked; at the default it counts as confident for the dialog.</summary>
    public double FallbackIntentScore { get; set; } = 0.7;

    /// <summary>Upper limit of <see cref="Timeout"/>: the whole turn must answer within WeChat's 5 seconds.</summary>
    public static TimeSpan MaxTimeout { get; } = TimeSpan.FromSeconds(4);
}

using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class LlmOptionsValidatorTests
{
    [Fact]
    public void Disabled_needs_no_other_setting()
    {
        Assert.Empty(LlmOptionsValidator.Check(new LlmOptions()));
        Assert.Equal(TimeSpan.FromSeconds(2.5), new LlmOptions().Timeout);
        Assert.False(new LlmOptions().Enabled);
    }

    [Theory]
    [InlineData("https://dashscope.aliyuncs.com/compatible-mode/v1")]
    [InlineData("http://127.0.0.1:8000/v1")]
    [InlineData("http://localhost:11434/v1")]
    public void A_complete_configuration_is_accepted(string endpoint) =>
        Assert.Empty(LlmOptionsValidator.Check(new LlmOptions { Enabled = true, Endpoint = endpoint, Model = "qwen-plus" }));

    [Fact]
    public void Enabled_without_endpoint_or_model_says_what_to_set()
    {
        var errors = LlmOptionsValidator.Check(new LlmOptions { Enabled = true });

        Assert.Contains(errors, e => e.Contains("Llm:Endpoint", StringComparison.Ordinal) && e.Contains("Llm:Enabled", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Llm:Model", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://llm.example.com/v1", 2.5, "https")]
    [InlineData("ftp://llm.example.com/v1", 2.5, "Llm:Endpoint")]
    [InlineData("https://llm.example.com/v1", 5, "5-second")]
    [InlineData("https://llm.example.com/v1", 0, "Llm:Timeout")]
    public void Unsafe_or_too_slow_settings_are_rejected(string endpoint, double timeoutSeconds, string expected)
    {
        var options = new LlmOptions { Enabled = true, Endpoint = endpoint, Model = "m", Timeout = TimeSpan.FromSeconds(timeoutSeconds) };

        var error = Assert.Single(LlmOptionsValidator.Check(options));

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Breaker_and_retrieval_limits_are_checked()
    {
        var options = new LlmOptions
        {
            Enabled = true, Endpoint = "https://x.example/v1", Model = "m",
            BreakerFailureThreshold = 0, BreakerOpenDuration = TimeSpan.Zero, MaxPassages = 0, FallbackIntentScore = 2,
        };

        Assert.Equal(4, LlmOptionsValidator.Check(options).Count);
    }
}

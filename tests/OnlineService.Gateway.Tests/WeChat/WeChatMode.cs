namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>The console's 消息加解密方式.</summary>
public enum WeChatMode
{
    Plaintext,
    Compatible,
    Safe,
}

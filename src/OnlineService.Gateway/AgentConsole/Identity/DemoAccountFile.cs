using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>The demo accounts of the embedded default, read from <c>content/console/demo-accounts.yaml</c>.</summary>
public sealed class DemoAccountFile
{
    public List<DemoAccount> Accounts { get; set; } = [];

    public static DemoAccountFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The demo accounts file '{path}' is missing, and AgentConsole:Accounts is empty. Configure AgentConsole:Accounts or restore the file.");
        }

        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            return deserializer.Deserialize<DemoAccountFile?>(File.ReadAllText(path)) ?? new DemoAccountFile();
        }
        catch (YamlException ex)
        {
            throw new InvalidOperationException($"The demo accounts file '{path}' is not valid YAML ({ex.Start}): {ex.Message}", ex);
        }
    }
}

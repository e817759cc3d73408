var builder = WebApplication.CreateBuilder(args);

builder.AddGatewayHosting();
builder.Services.AddOnlineServiceStorage();
builder.Services.AddConversationEngine();
builder.AddDialogs();
builder.AddTurnPipeline();
builder.AddWeChat();

var app = builder.Build();

app.MapHealthEndpoints();
app.MapWeChat();

app.Run();

/// <summary>Visible to the host-level tests, which start the gateway through WebApplicationFactory.</summary>
public partial class Program;

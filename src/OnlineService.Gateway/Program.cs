var builder = WebApplication.CreateBuilder(args);

builder.AddGatewayHosting();
builder.AddOperatorAccess();
builder.Services.AddOnlineServiceStorage();
builder.Services.AddConversationEngine();
builder.AddUnderstanding();
builder.AddDialogs();
builder.AddTurnPipeline();
builder.AddScheduledJobs();
builder.AddWorkOrderNotices();
builder.AddDirectLine();
builder.AddWeChat();
builder.AddWorkOrderApis();
builder.AddAgentDesk();
builder.AddAgentConsole();
builder.AddPayments();

var app = builder.Build();

app.MapHealthEndpoints();
app.MapUnderstandingEndpoints();
app.MapDirectLine();
app.MapWeChat();
app.MapWorkOrderApis();
app.MapAgentConsole();
app.MapPayments();

app.Run();

/// <summary>Visible to the host-level tests, which start the gateway through WebApplicationFactory.</summary>
public partial class Program;

using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Workflow.Functions;
using Workflow.Functions.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddWorkflow(builder.Configuration);
builder.Services.AddWorkflowTelemetry(builder.Configuration);
builder.Build().Run();

namespace Workflow.Cli.Tests;

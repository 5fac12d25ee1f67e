namespace Workflow.Reports.Tests;

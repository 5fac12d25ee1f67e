using BenchmarkDotNet.Running;

// Runs the benchmarks named by the command line, e.g. `--filter '*' --job short` (see docs/performance.md).
BenchmarkSwitcher.FromAssembly(typeof(Workflow.Benchmarks.ReportBenchmarks).Assembly).Run(args);

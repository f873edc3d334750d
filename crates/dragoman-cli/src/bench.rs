//! `dragoman bench`: throughput benchmarks (todo).
use anyhow::Result;
use clap::Args;
use dragoman_ingest::Pipeline;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct BenchArgs {}

pub fn run(_args: &BenchArgs, _p: &Pipeline) -> Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}

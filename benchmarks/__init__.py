"""pactbot's benchmarks: answer quality against retrieval baselines, speed, scale and the Telegram
pipeline. Run ``python -m benchmarks`` (full, writes BENCHMARKS.md and benchmarks/scale.png) or
``python -m benchmarks --quick`` (the CI smoke)."""

"""Insights: the dashboard facade and one module per figure; period and viewpoint below them all."""

"""The Insights screen: cards, numbers and charts."""

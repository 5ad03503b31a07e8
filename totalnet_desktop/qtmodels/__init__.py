"""Qt item models over core services (QtCore/QtGui only)."""

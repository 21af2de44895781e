"""Hand-written overlays over the generated vendor clients."""

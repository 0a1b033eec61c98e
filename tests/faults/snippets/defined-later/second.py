later = "defined in the second block"

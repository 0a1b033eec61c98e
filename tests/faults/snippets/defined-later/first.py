print(later)

import APISpecCore
print("apispec")

# Empty compiler generated dependencies file for prongsai.
# This may be replaced when dependencies are built.

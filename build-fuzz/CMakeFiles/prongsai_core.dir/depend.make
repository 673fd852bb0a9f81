# Empty dependencies file for prongsai_core.
# This may be replaced when dependencies are built.

file(REMOVE_RECURSE
  "libprongsai_core.a"
)

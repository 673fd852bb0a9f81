file(REMOVE_RECURSE
  "CMakeFiles/prongsai.dir/generator/main.cpp.o"
  "CMakeFiles/prongsai.dir/generator/main.cpp.o.d"
  "CMakeFiles/prongsai.dir/generator/serve.cpp.o"
  "CMakeFiles/prongsai.dir/generator/serve.cpp.o.d"
  "prongsai"
  "prongsai.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/prongsai.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()

file(REMOVE_RECURSE
  "CMakeFiles/content_fuzzer.dir/__/__/generator/diagnostics.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/diagnostics.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/front_matter.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/front_matter.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/load.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/load.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/source_file.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/source_file.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/toml_reader.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/load/toml_reader.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/render/markdown.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/render/markdown.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/sha256.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/sha256.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/text.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/text.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/thai.cpp.o"
  "CMakeFiles/content_fuzzer.dir/__/__/generator/thai.cpp.o.d"
  "CMakeFiles/content_fuzzer.dir/content_fuzzer.cpp.o"
  "CMakeFiles/content_fuzzer.dir/content_fuzzer.cpp.o.d"
  "content_fuzzer"
  "content_fuzzer.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/content_fuzzer.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()


# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/generator/diagnostics.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/diagnostics.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/diagnostics.cpp.o.d"
  "/work/main/generator/load/front_matter.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/front_matter.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/front_matter.cpp.o.d"
  "/work/main/generator/load/load.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/load.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/load.cpp.o.d"
  "/work/main/generator/load/source_file.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/source_file.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/source_file.cpp.o.d"
  "/work/main/generator/load/toml_reader.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/toml_reader.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/load/toml_reader.cpp.o.d"
  "/work/main/generator/render/markdown.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/render/markdown.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/render/markdown.cpp.o.d"
  "/work/main/generator/sha256.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/sha256.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/sha256.cpp.o.d"
  "/work/main/generator/text.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/text.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/text.cpp.o.d"
  "/work/main/generator/thai.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/thai.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/__/__/generator/thai.cpp.o.d"
  "/work/main/tests/fuzz/content_fuzzer.cpp" "tests/fuzz/CMakeFiles/content_fuzzer.dir/content_fuzzer.cpp.o" "gcc" "tests/fuzz/CMakeFiles/content_fuzzer.dir/content_fuzzer.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")

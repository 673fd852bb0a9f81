
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/generator/archives.cpp" "CMakeFiles/prongsai_core.dir/generator/archives.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/archives.cpp.o.d"
  "/work/main/generator/build.cpp" "CMakeFiles/prongsai_core.dir/generator/build.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/build.cpp.o.d"
  "/work/main/generator/check.cpp" "CMakeFiles/prongsai_core.dir/generator/check.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/check.cpp.o.d"
  "/work/main/generator/derive.cpp" "CMakeFiles/prongsai_core.dir/generator/derive.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/derive.cpp.o.d"
  "/work/main/generator/diagnostics.cpp" "CMakeFiles/prongsai_core.dir/generator/diagnostics.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/diagnostics.cpp.o.d"
  "/work/main/generator/load/front_matter.cpp" "CMakeFiles/prongsai_core.dir/generator/load/front_matter.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/load/front_matter.cpp.o.d"
  "/work/main/generator/load/load.cpp" "CMakeFiles/prongsai_core.dir/generator/load/load.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/load/load.cpp.o.d"
  "/work/main/generator/load/source_file.cpp" "CMakeFiles/prongsai_core.dir/generator/load/source_file.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/load/source_file.cpp.o.d"
  "/work/main/generator/load/toml_reader.cpp" "CMakeFiles/prongsai_core.dir/generator/load/toml_reader.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/load/toml_reader.cpp.o.d"
  "/work/main/generator/render/charts.cpp" "CMakeFiles/prongsai_core.dir/generator/render/charts.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/render/charts.cpp.o.d"
  "/work/main/generator/render/frame.cpp" "CMakeFiles/prongsai_core.dir/generator/render/frame.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/render/frame.cpp.o.d"
  "/work/main/generator/render/markdown.cpp" "CMakeFiles/prongsai_core.dir/generator/render/markdown.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/render/markdown.cpp.o.d"
  "/work/main/generator/render/pages.cpp" "CMakeFiles/prongsai_core.dir/generator/render/pages.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/render/pages.cpp.o.d"
  "/work/main/generator/render/publication_pages.cpp" "CMakeFiles/prongsai_core.dir/generator/render/publication_pages.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/render/publication_pages.cpp.o.d"
  "/work/main/generator/render/templates.cpp" "CMakeFiles/prongsai_core.dir/generator/render/templates.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/render/templates.cpp.o.d"
  "/work/main/generator/scaffold.cpp" "CMakeFiles/prongsai_core.dir/generator/scaffold.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/scaffold.cpp.o.d"
  "/work/main/generator/sha256.cpp" "CMakeFiles/prongsai_core.dir/generator/sha256.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/sha256.cpp.o.d"
  "/work/main/generator/text.cpp" "CMakeFiles/prongsai_core.dir/generator/text.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/text.cpp.o.d"
  "/work/main/generator/thai.cpp" "CMakeFiles/prongsai_core.dir/generator/thai.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/thai.cpp.o.d"
  "/work/main/generator/write.cpp" "CMakeFiles/prongsai_core.dir/generator/write.cpp.o" "gcc" "CMakeFiles/prongsai_core.dir/generator/write.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")

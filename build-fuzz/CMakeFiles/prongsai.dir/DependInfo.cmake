
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/generator/main.cpp" "CMakeFiles/prongsai.dir/generator/main.cpp.o" "gcc" "CMakeFiles/prongsai.dir/generator/main.cpp.o.d"
  "/work/main/generator/serve.cpp" "CMakeFiles/prongsai.dir/generator/serve.cpp.o" "gcc" "CMakeFiles/prongsai.dir/generator/serve.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-fuzz/CMakeFiles/prongsai_core.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")

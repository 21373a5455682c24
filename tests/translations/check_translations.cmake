# Runs lupdate over the current sources into a copy of each .ts file and fails when any
# message is new or unfinished: the Spanish translation must stay complete.
# -D LUPDATE=... -D TS_FILE=... -D WORK_DIR=...
# -D PROJECT_IN=<the custos target's lupdate project description (.cmake)>
# -D PROJECT_GENERATOR=<Qt's GenerateLUpdateProject.cmake>
# The project carries the target's include paths, so contexts resolve exactly as for custos_lupdate.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(PROJECT "${WORK_DIR}/custos_project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT} -P "${PROJECT_GENERATOR}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Could not make the lupdate project file: ${err}")
endif()
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -project "${PROJECT}" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" ts)
cmake_policy(SET CMP0007 NEW)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
    message(FATAL_ERROR "${count} message(s) lack a Spanish translation in ${name}:\n${missing}\n"
        "Run `cmake --build build/default --target custos_lupdate` and translate them.")
endif()
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
message(STATUS "${name}: all ${total} messages translated")

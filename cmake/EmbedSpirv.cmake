# Writes a SPIR-V binary as a uint32_t array (SPIR-V is a stream of little-endian words).
file(READ ${SPV} hex HEX)
string(LENGTH "${hex}" len)
math(EXPR words "${len} / 8")
string(REGEX REPLACE "([0-9a-f][0-9a-f])([0-9a-f][0-9a-f])([0-9a-f][0-9a-f])([0-9a-f][0-9a-f])"
       "0x\\4\\3\\2\\1u," body "${hex}")
file(WRITE ${OUT} "// Generated from ${NAME}.comp. Do not edit.\n#include <cstddef>\n#include <cstdint>\n"
     "extern const uint32_t sb_spv_${NAME}[];\nextern const size_t sb_spv_${NAME}_words;\n"
     "alignas(4) const uint32_t sb_spv_${NAME}[] = {${body}};\n"
     "const size_t sb_spv_${NAME}_words = ${words};\n")

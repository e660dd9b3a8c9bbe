#pragma once

namespace berth {

// RFC 9110 section 5.6.2: the characters of a token (header field names, auth schemes, parameter
// names, Link relation types), for the header parsers that read them.
bool isHttpTokenChar(char c);

// RFC 9110 section 5.6.3: optional white space, a space or a horizontal tab.
inline bool isHttpWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace berth

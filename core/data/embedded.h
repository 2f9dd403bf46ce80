// The data files compiled into the library (internal header).
//
// core/CMakeLists.txt embeds each file with newslens_embed(), which generates the array of its
// bytes and its size in bytes (cmake/EmbedFile.cmake); the array holds one more byte, a NUL, so
// that it is never empty. A name declared here and not embedded fails at link time.
#ifndef NEWSLENS_DATA_EMBEDDED_H_
#define NEWSLENS_DATA_EMBEDDED_H_

#include <cstddef>

namespace newslens::data {

// Lexicons (core/data/README.md says where each comes from).
extern const unsigned char abbreviations_txt[];
extern const std::size_t abbreviations_txt_size;
extern const unsigned char html_entities_txt[];
extern const std::size_t html_entities_txt_size;
extern const unsigned char sentence_openers_txt[];
extern const std::size_t sentence_openers_txt_size;
extern const unsigned char function_words_txt[];
extern const std::size_t function_words_txt_size;
extern const unsigned char number_words_txt[];
extern const std::size_t number_words_txt_size;
extern const unsigned char date_words_txt[];
extern const std::size_t date_words_txt_size;
extern const unsigned char currencies_txt[];
extern const std::size_t currencies_txt_size;
extern const unsigned char cues_txt[];
extern const std::size_t cues_txt_size;
extern const unsigned char titles_txt[];
extern const std::size_t titles_txt_size;
extern const unsigned char first_names_tsv[];
extern const std::size_t first_names_tsv_size;
extern const unsigned char org_words_txt[];
extern const std::size_t org_words_txt_size;
extern const unsigned char roles_txt[];
extern const std::size_t roles_txt_size;
extern const unsigned char name_words_txt[];
extern const std::size_t name_words_txt_size;
extern const unsigned char sports_words_txt[];
extern const std::size_t sports_words_txt_size;
extern const unsigned char peoples_txt[];
extern const std::size_t peoples_txt_size;

// The NER model (core/ner/model.bin; ner/MODEL.md).
extern const unsigned char ner_model_bin[];
extern const std::size_t ner_model_bin_size;

}  // namespace newslens::data

#endif  // NEWSLENS_DATA_EMBEDDED_H_

# Knowledge retrieval: hybrid search (full text + embeddings), the embedding indexer, the
# answer strategy and the website import (fetch, HTML to sections, candidates).
target_sources(jack-ai PRIVATE
    knowledge/typocorrector.h knowledge/typocorrector.cpp
    knowledge/embeddingsettings.h knowledge/embeddingsettings.cpp
    knowledge/embeddingstore.h knowledge/embeddingstore.cpp
    knowledge/embeddingindexer.h knowledge/embeddingindexer.cpp
    knowledge/hybridsearch.h knowledge/hybridsearch.cpp
    knowledge/knowledgeanswerer.h
    knowledge/offlineknowledgeanswerer.h knowledge/offlineknowledgeanswerer.cpp
    knowledge/llmknowledgeanswerer.h knowledge/llmknowledgeanswerer.cpp
    knowledge/knowledgeservice.h knowledge/knowledgeservice.cpp
    knowledge/htmlpage.h knowledge/htmlpage.cpp
    knowledge/websitecrawler.h knowledge/websitecrawler.cpp
    knowledge/importcandidates.h knowledge/importcandidates.cpp
    ${CMAKE_SOURCE_DIR}/server/core/knowledgelookup.h
)
# libxml2's HTML parser turns the hotel's pages into text (Debian libxml2-dev).
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
target_link_libraries(jack-ai PRIVATE PkgConfig::LIBXML2)

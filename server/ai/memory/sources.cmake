# Guest memory: facts worth remembering about a guest, extracted when a conversation closes.
target_sources(jack-ai PRIVATE
    memory/memoryfact.h memory/memoryfact.cpp
    memory/factkey.h memory/factkey.cpp
    memory/privacyfilter.h memory/privacyfilter.cpp
    memory/memorycurator.h memory/memorycurator.cpp
    memory/memoryextractor.h
    memory/rulememoryextractor.h memory/rulememoryextractor.cpp
    memory/llmmemoryextractor.h memory/llmmemoryextractor.cpp
    memory/memorykeeper.h memory/memorykeeper.cpp
)

# The AI pipeline's stages, the language-model answerer and the commit (server/ai/pipeline.h
# orchestrates them).
target_sources(jack-ai PRIVATE
    pipeline/turn.h
    pipeline/stage.h
    pipeline/pipelinestages.h pipeline/pipelinestages.cpp
    pipeline/contextstages.h pipeline/contextstages.cpp
    pipeline/llmturn.h pipeline/llmturn.cpp
    pipeline/answerers.h pipeline/answerers.cpp
    pipeline/guardrails.h pipeline/guardrails.cpp
    pipeline/turncommitter.h pipeline/turncommitter.cpp
    pipeline/stafftranslator.h pipeline/stafftranslator.cpp
)

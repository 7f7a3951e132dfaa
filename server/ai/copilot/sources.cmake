# Staff copilot: a suggested reply and a summary for a conversation staff must answer.
target_sources(jack-ai PRIVATE
    copilot/copilotbrief.h copilot/copilotbrief.cpp
    copilot/conversationsummary.h copilot/conversationsummary.cpp
    copilot/conversationcopilot.h copilot/conversationcopilot.cpp
    copilot/llmcopilot.h copilot/llmcopilot.cpp
)

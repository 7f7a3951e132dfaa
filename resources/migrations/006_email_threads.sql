-- E-mail threading: a guest's reply names earlier mails (ours and theirs) by Message-ID in
-- In-Reply-To/References; finding the conversation must not scan every message.
CREATE INDEX messages_email_message_id ON messages(json_extract(meta, '$.messageId'))
    WHERE channel = 'email';

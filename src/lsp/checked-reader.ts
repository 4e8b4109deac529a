import { ErrorCodes, Message, type MessageReader, type MessageWriter, type ResponseMessage } from 'vscode-languageserver/node'
import { paramsProblem } from './params.js'

/**
 * The client's messages, each with its parameters checked (see `paramsProblem`) before the
 * protocol library or the server acts on it: a request with wrong ones is answered InvalidParams
 * here, a notification is dropped with a log line. Answers go through the connection's own
 * writer, which sends one message after the other.
 */
export function checkParams(reader: MessageReader, writer: MessageWriter, log: (message: string) => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen: (callback) =>
      reader.listen((message) => {
        // The protocol library logs such a message whole, pretty-printed: 50 MB of nested array took 2.6 GB.
        if (!Message.isRequest(message) && !Message.isNotification(message) && !Message.isResponse(message)) {
          log('newslint: ignored a message that is neither a request, a notification nor a response')
          return
        }
        const problem =
          Message.isRequest(message) || Message.isNotification(message) ? paramsProblem(message.method, message.params) : undefined
        if (!problem) callback(message)
        else if (Message.isRequest(message)) {
          const answer: ResponseMessage = {
            jsonrpc: '2.0',
            id: message.id,
            error: { code: ErrorCodes.InvalidParams, message: `${message.method}: ${problem}` }
          }
          writer.write(answer).catch(() => log(`newslint: cannot answer ${message.method}`))
        } else if (Message.isNotification(message)) log(`newslint: ignored ${message.method}: ${problem}`)
      })
  }
}

"""A sixth set of hand-written English ticket sentences (CC0) for four categories (account_help,
human_request, complaint, billing). It adds generic chatbot frames ("I need assistance with",
"what's the procedure to", "is there a way to", "it's impossible to", "show me", "I wanna"),
contact-form e-mails written for a parent, neighbour or company with the ask at the end, and
rude, typo-ridden, lower-case, non-native and very formal wordings with new vocabulary:
activation links, passkeys, suspended or hacked accounts and login history; advisors,
hotlines, switchboards and callbacks; runarounds, lip service and incompetence; CVV and
"do not honour" errors, holds, proof of payment, purchase order numbers and wire transfers.
Same slots as ``ticket_cores_en``, minus the second product."""

CORES: dict[str, list[str]] = {
    "account_help": [
        "I need assistance with signing in to my customer profile.",
        "can you give me information about how to open an account with you?",
        "I'm trying to activate my account but the activation link lands on an error page.",
        "I don't know how to turn on two-step verification for my login.",
        "tell me how to find out what my username was",
        "What's the procedure to terminate my customer account for good?",
        "Is there a way to sign in with a one-time code instead of a password?",
        "i wanna make a second account with a different email, is that allowed",
        "help!! my account says 'suspended' and I have no idea why",
        (
            "Could I ask you to reactivate my old account? It was deactivated after a long "
            "time unused."
        ),
        "I'm having trouble with the sign-in link you email me, it just opens a blank page.",
        "I would need to change the mobile number that receives my login codes.",
        "Where do I set up security questions on my account?",
        "how do you reset a password if you've lost the phone linked to the account",
        "It's impossible to register, your password rules reject every password I try.",
        "I'm unable to confirm my e-mail address, the confirmation link says 'invalid token'.",
        "show me how to edit my display name",
        "I'd appreciate help with getting back into my account, my credentials aren't accepted.",
        (
            "Hello, my elderly father set up an account with you {when} so he could buy a "
            "{item}, but he wrote the password on a note he's since lost. He's asked me to "
            "help him get back into it. What do we need to do?"
        ),
        (
            "Hi there. Our office orders supplies from you and the colleague who managed our "
            "company login has left. We need the account moved over to my e-mail address "
            "instead. Who can do this?"
        ),
        (
            "Good morning, I wanted to buy the {item} this weekend and thought I'd finally "
            "make a profile instead of checking out as a guest. The sign-up form says my "
            "postcode is invalid, though it's correct. Could you register me manually?"
        ),
        (
            "I've had the same account since {when}. Today I got a message that it was "
            "disabled for 'suspicious activity', which makes no sense. Please can you restore"
            " my access?"
        ),
        (
            "The app logged me out after the last update and now the Face ID login won't "
            "switch back on. How do I enable it again?"
        ),
        "the damn sign in page just spins forever and never lets me in",
        "my pasword has speshal characters and ur site wont take it at login",
        "need to turn off the two factor thing on my account its driving me mad",
        (
            "Hello, I am not able to enter my personal area, the system write me 'credentials"
            " invalid'. What I must do?"
        ),
        "Please, I want to remove my registration on your site and not have an account anymore.",
        (
            "Would you kindly advise whether your website supports passkeys and, if so, how I"
            " might add one to my customer account?"
        ),
        (
            "I'm trying to log in on a shared computer at work, is there a way to stop it "
            "remembering my account?"
        ),
        (
            "I'm unable to sign in since moving to {country}, it says login isn't available "
            "in my region."
        ),
        "where do I see the login history, I think someone else has been in my account",
        "I wanna swap my Google sign-in for a normal email and password",
        "can you give me information about what happens to my points if I close my account?",
        (
            "I don't know how to get the activation e-mail resent, it's been {wait} and "
            "nothing has arrived."
        ),
        (
            "Every time I type the code from the text it says 'code mismatch' and I'm stuck "
            "on the login screen."
        ),
        (
            "I'd appreciate help with setting up an account for my mum, she wants to order "
            "the {item} herself."
        ),
        "Could I ask you to send a fresh password reset link to the email I used for {order}?",
        "Whatever I edit in my profile goes back to the old version as soon as I press save.",
        (
            "My account was hacked {when} and the email and password were changed. How do I "
            "prove it's mine and get it back?"
        ),
    ],
    "human_request": [
        "I need assistance from one of your advisors, not the automated help.",
        "can you give me information about when your phone lines are least busy? I want to call.",
        (
            "I'm trying to get through to your hotline but it just rings out, is there another "
            "number?"
        ),
        (
            "I don't know how to reach a real member of staff, the help centre only links "
            "back to the FAQs."
        ),
        "I can't find where to request a callback on your website.",
        "tell me how to reach an actual agent",
        "What's the procedure to get my case handled by a person rather than the system?",
        "Is there a way to speak to one of your team on a video call?",
        "i wanna talk to someone who actually works there",
        "help! need a human urgently about {order}",
        "Could I ask you to have a specialist phone me about my {item}?",
        "I'm having trouble getting anyone from your team on the line.",
        "I would need to speak with a customer care advisor by phone this afternoon.",
        "Where's your switchboard number? I'd like to be put through to the support desk.",
        "how do you get a live agent on this chat",
        "Is there a direct line to your staff? Every route I try ends at a machine.",
        "I'm unable to explain this by message, I need someone to ring me.",
        "show me how to contact your staff by phone",
        "I'd appreciate help with getting a team member to give me a call.",
        (
            "Hello, I ordered a {item} {when} as a gift and there's something about it I'd "
            "rather discuss in a conversation than by e-mail. Could somebody from your team "
            "phone me at a time that suits them?"
        ),
        (
            "Hi, my mother placed {order} and she's asked me to get in touch for her. She "
            "doesn't use e-mail much and would much prefer to speak to someone. Is there a "
            "number she can ring, or could one of you call her?"
        ),
        (
            "Dear customer care, I work night shifts, so I'm asleep during your opening "
            "hours. Would it be possible for an agent to call me early in the morning "
            "instead?"
        ),
        (
            "I've read the help articles and tried the assistant, but my question involves "
            "several things at once and really needs a person to look at it. Who can I speak "
            "to?"
        ),
        (
            "I'm helping my neighbour, who bought a {item} from you. She has some questions "
            "and would feel more comfortable speaking to an actual person. How can she reach "
            "one?"
        ),
        "stop with the canned answers and get me a damn human",
        "jeez, is anyone alive over there? put me through to a person",
        "can i get a call bak from somone in customer servise",
        "need to ring you guys whats the number",
        "Please, I want to speak with one worker of your shop by telephone, it is possible?",
        (
            "Hello, can somebody from the service call me back? My English writing is not "
            "good, speaking is more easy for me."
        ),
        (
            "I would be most grateful if a representative could contact me by telephone at "
            "your earliest convenience."
        ),
        (
            "Kindly arrange for a senior member of your customer service staff to contact me "
            "regarding {order}."
        ),
        "Does anyone answer the phones at the weekend? I'd like to speak to someone on Saturday.",
        "Can I talk to the same agent who helped me {when}? She already knows my case.",
        "Is there a number I can text to message a real person?",
        "I want a callback, not another email.",
        (
            "My husband needs to talk to one of your advisers, can someone ring him on the "
            "number on our account?"
        ),
        "Who's the right person to speak to? Please give me a name and a way to reach them.",
        "Any chance of a quick phone call with someone from support? It's about {order}.",
        "Is there someone on your team who speaks French I could talk to on the phone?",
    ],
    "complaint": [
        "I need assistance with escalating a complaint that nobody has answered.",
        "can you give me information about your complaints procedure? I intend to use it.",
        "I'm trying to complain and your contact form won't even let me submit it. Typical.",
        "I don't know how to put this politely: your service has been atrocious.",
        "I can't find where to register a complaint on your site, which says a lot about you.",
        "tell me who handles complaints because I have a big one",
        "What's the procedure to make a complaint about one of your staff members?",
        "Is there a way to formally complain about the snippy chat agent I had {when}?",
        "i wanna complain, your team fobbed me off yet again",
        "help! I've been given the runaround for {wait} and I'm at the end of my rope",
        (
            "Could I ask you to log this as a complaint? Your staff were patronising from "
            "start to end."
        ),
        "I'm having trouble believing how badly this whole thing has been handled.",
        "I would like this escalated as a formal complaint about your handling of {order}.",
        "it's impossible to get a straight answer from anyone at your company and I'm livid",
        "I'm unable to understand how a company can be this disorganised.",
        "I'd appreciate it if someone acknowledged how poorly I've been treated.",
        (
            "Hi, I've shopped with you for years and always recommended you. {when} I asked a"
            " simple question about {order}, was promised a reply within a day, and have "
            "heard nothing despite three follow-ups. I'm genuinely disappointed and want this"
            " on record."
        ),
        (
            "Dear Sir or Madam, on my last call your agent talked over me, refused to let me "
            "finish and then ended the call. I have never been treated so unprofessionally by"
            " a retailer and I expect this to be investigated."
        ),
        (
            "Hello, I'm writing on behalf of my elderly mother. She rang your helpline "
            "{when}, was kept waiting for forty minutes and then spoken to as if she were "
            "stupid. She was upset all day. This is not how you treat customers."
        ),
        (
            "My company has bought from you every month for two years. Lately every contact "
            "with your service team has been slow, vague and full of excuses. We're seriously"
            " unhappy and I wanted you to know why."
        ),
        "honestly your support is crap, nobody there knows anything",
        "what a bloody circus, nobody at your place knows what the other hand is doing",
        "im realy dissapointed with the servise i got, no one care",
        "been lied to twice now by your staff not ok",
        "I am very upset for the way your employee was talking to me, it was not respectful.",
        (
            "Sorry but your service is very bad quality, I wait and wait and nobody is "
            "interest for my problem."
        ),
        (
            "The handling of my enquiry has fallen well short of any reasonable standard, and"
            " I wish to place my displeasure on record."
        ),
        "Great job, team. Three weeks, four agents, zero answers.",
        "You keep telling me you 'take this seriously' while doing absolutely nothing.",
        "The {carrier} driver swore at me on my own doorstep and your team just shrugged it off.",
        (
            "I feel like I'm being gaslit by your support staff, they deny what they told me "
            "last week."
        ),
        "The level of incompetence I've dealt with today is staggering.",
        "I'm a loyal customer and I've been treated like an inconvenience. Very displeased.",
        "Your agents clearly don't read the messages before answering, it's all lip service.",
        "Your store manager was downright rude to my teenage daughter and I'm furious about it.",
        "I'm unhappy that your staff made promises about {order} they never meant to keep.",
        (
            "Nobody takes ownership of anything there, I've been bounced between departments "
            "for {wait}."
        ),
        "I'm not asking for anything, I just want you to know how badly I was treated.",
        "I've had it with your company. Poor service, poor communication, poor attitude.",
        (
            "This isn't the first time your team has been unprofessional with me and I want "
            "it documented."
        ),
    ],
    "billing": [
        "I need assistance with a payment that's been stuck on 'processing' for an hour.",
        "can you give me information about paying by wire transfer from abroad?",
        "I'm trying to pay for {order} but the checkout says 'do not honour'.",
        "I don't know how to add my tax ID so it shows on my invoices.",
        "I can't find where to put my company's VAT number during checkout.",
        "tell me how to pay with Google Pay in your app",
        "What's the procedure to get our purchase order number printed on the invoice?",
        "Is there a way to see why my payment was rejected? No error code, nothing.",
        "i wanna pay with crypto, do you take bitcoin",
        "help! the site took {amount} from me three times",
        "Could I ask you to send me proof of payment for {order}? I need it for an expense claim.",
        (
            "I'm having trouble with the card verification step, the code from my bank never "
            "shows up."
        ),
        "I would need the invoice to show the net amount and the tax as separate lines.",
        "Where do I enter a billing address that's different from the delivery one when I pay?",
        "how do you pay if you don't have a credit card",
        "It's impossible to pay with {pay}, the button just greys out.",
        "I'm unable to finish the payment, it says my billing postcode doesn't match the card.",
        "show me where the receipts for my past purchases are stored",
        "I'd appreciate help with understanding the transactions from your shop on my statement.",
        (
            "Hi, I bought a {item} {when} and paid with {pay}. My statement shows the price "
            "plus a separate foreign transaction fee, and I thought you were a local shop. "
            "Why was the payment processed abroad?"
        ),
        (
            "Hello, I run a small bakery and buy packaging from you every month. Our "
            "accountant has asked for invoices that include your VAT registration number, "
            "which the current ones don't. Could you provide updated copies?"
        ),
        (
            "Good evening, I placed {order} this afternoon and got the confirmation, but my "
            "bank now shows two holds of {amount}. Will the second one drop off on its own or"
            " do I need to do something?"
        ),
        (
            "My sister bought a present for me with her card, but the receipt was sent to my "
            "e-mail. She needs it for her records, so can you send the receipt to her "
            "instead?"
        ),
        (
            "I'm a student in {country} and my bank card won't work for online payments "
            "abroad. Is there an alternative, like a prepaid card or a voucher, that I could "
            "pay with?"
        ),
        "seriously? you billed me for shipping twice on one invoice",
        "the invioce total is diffrent from what i payd",
        "need an invoice made out to my company for tax purposes",
        "Hello, I make the payment but the bank say it is blocked from your side, why?",
        "Please, is possible to pay with transfer in euro currency?",
        (
            "Would you kindly confirm whether sales tax has been correctly applied to my most"
            " recent invoice?"
        ),
        (
            "We should be obliged if you would supply your bank details so that we may settle"
            " {order} by wire transfer."
        ),
        "The CVV field keeps saying invalid even though I'm typing it correctly.",
        "The payment went through on PayPal but your site still shows my order as unpaid.",
        "Can you issue the invoice in euros rather than pounds?",
        "You debited {amount}, but the order total was lower. What's the difference for?",
        (
            "my bank says the transaction was declined for insufficient funds but theres "
            "plenty in the account"
        ),
        "Do I have to save my card details to pay, or can I enter them just for this purchase?",
        "I lost the paper receipt for the {item} and need a duplicate copy.",
        (
            "My invoice lists two of the {item} but I only bought and paid for one, please "
            "correct it."
        ),
        "My employer gave me a corporate card and it keeps being rejected at your checkout.",
    ],
}

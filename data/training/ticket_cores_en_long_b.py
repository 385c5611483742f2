"""A seventh set of hand-written English ticket messages (CC0): longer e-mails of three to seven
sentences for seven account-and-shop categories (subscription_change, account_help, billing,
policy_question, sales_question, feedback, newsletter). Each puts the back-story, feelings and
side details first and the real ask near the end, and mixes in distracting mentions of other
topics (a late parcel, a refund, the courier, an address move) that a careful reader must look
past. Writers vary: parents and partners writing on someone's behalf, small-business owners,
elderly and non-native customers, angry, very polite, rambling and terse bullet-like senders.
Same slots as ``ticket_cores_en`` minus the second product."""

CORES: dict[str, list[str]] = {
    "subscription_change": [
        (
            "My son heads off to university in September, and to be honest he was the one "
            "getting through most of the snack box. His dad and I will never finish a full box "
            "every month on our own. The last delivery came a day late, but that really didn't "
            "bother anyone. Could you change our subscription from monthly to every two months, "
            "starting after the August box?"
        ),
        (
            "I run a small architecture practice and we've had your office coffee plan for "
            "nearly two years now. Sadly two of my team are leaving at the end of the month and "
            "the beans were already piling up in the cupboard. The invoices have always been "
            "spot on, so no problems there. I'd like to move us down from the 4 kg plan to the "
            "1 kg plan from the next billing cycle, please."
        ),
        (
            "I am 81 years old and my granddaughter arranged this tea subscription for my "
            "birthday last year. I have enjoyed every tin, particularly the smoky one. On the "
            "3rd I go into hospital for a knee operation, and afterwards I will be staying with "
            "my daughter for about six weeks, so nobody will be at home to take the parcels in. "
            "Would you be so kind as to pause my deliveries until the middle of next month?"
        ),
        (
            "Hello, I am living in Germany since two years and I have the subscribe-and-save for "
            "the {item}. The quality is very good, I have no complaint about it. But this summer "
            "I go back to my home country for July and August. Is it possible that you skip "
            "these two deliveries from your side? On the website I cannot find the button."
        ),
        (
            "Third month running the box has been full of things I've already had before. I'm "
            "not even asking for money back on this one, I'll just give it to my neighbour. I've "
            "tried the cancel link in the app and it just loops back to the home screen. Cancel "
            "my membership now and make sure it does not renew on the 1st."
        ),
        (
            "Please forgive the long message, I wasn't sure which team to write to. My partner "
            "has recently gone vegetarian and I've decided to join her, which means most of the "
            "meat recipes in the classic box no longer suit us. We've loved the service "
            "otherwise and the driver is always cheerful. Would it be possible to switch my plan "
            "over to the vegetarian box from next week's delivery onwards?"
        ),
        (
            "We're moving house on the 20th, and I've already put the new address into my "
            "account, so that side of things is sorted. The trouble is the wine club case would "
            "arrive the same week, right in the middle of boxes and chaos, and I don't trust "
            "myself not to lose it. My sister actually recommended you, and we've been very "
            "happy. Could you skip next month's case for me and carry on as normal after that?"
        ),
        (
            "Quick one. Current plan: premium, paid yearly. Wanted: basic, paid monthly, from the "
            "next renewal date. Reason: I don't order often enough to make use of the free "
            "delivery, maybe twice a year. No issues with the service itself. Please make the "
            "plan switch and confirm by e-mail, ideally before the renewal comes out of {pay}."
        ),
        (
            "I'm writing on behalf of my husband, whose razor blade subscription is under this "
            "same e-mail address. He's found the new blades last far longer than the old ones, "
            "so a pack every four weeks means we have a drawer full of them. He was also pleased "
            "the last parcel fitted through the letterbox. Could you change his deliveries to "
            "once every eight weeks instead?"
        ),
        (
            "Our old spaniel, Biscuit, passed away at the weekend. He was fourteen and had a "
            "wonderful life, and your grain-free food kept his tummy happy for the last few "
            "years. I have a few unopened bags left that I'll take to the local rescue. Please "
            "could you cancel the recurring dog food order so nothing else is sent?"
        ),
        (
            "My flower subscription has been the nicest part of my week since {when}. The last "
            "bouquet had a couple of bent stems, but nothing worth making a fuss about. Now that "
            "I've moved into a bigger flat, the small bouquet looks a little lost on the dining "
            "table. Can I upgrade to the large bouquet on the same fortnightly schedule?"
        ),
        (
            "Last Christmas I bought my sister a six-month gift subscription to your coffee box, "
            "and she has loved it so much that she's dreading it ending next month. I'd like to "
            "keep it going for her as a surprise. Can you turn the gift into an ongoing monthly "
            "subscription, still delivered to her, but paid with {pay}?"
        ),
        (
            "I got an e-mail saying my student membership will roll over automatically to the "
            "full-price plan on the 30th. I finish my degree in June and, honestly, I won't be "
            "shopping much while I look for a job. Your next-day delivery was a lifesaver during "
            "exams, so thank you for that. Please stop the membership before it renews at the "
            "full price."
        ),
        (
            "The recipe boxes currently turn up on Mondays, and that's the one day nobody is at "
            "home: I'm in the office and my husband does the long shift at the hospital. Twice "
            "now the box has sat on the step all day, although luckily the ice packs held out. "
            "Is there any way to move our subscription delivery day to Friday?"
        ),
        (
            "I noticed the {amount} renewal went through on {pay} this morning, and that's fine, "
            "I'm happy to take this month's box. After that, though, I'd like to put the whole "
            "subscription on hold for three months while I'm working abroad. I'll restart it "
            "myself when I'm back. Can you set up the pause from next month?"
        ),
        (
            "My partner has taken a contract that keeps him away from Monday to Thursday, so "
            "it's mostly just me at dinner now. Four meals a week for two people is far too much "
            "food, and I've been freezing half of it. The food itself is great, no complaints "
            "there. Please drop us down to two meals a week until further notice."
        ),
        (
            "- our office closed permanently as of Friday, staff all working from home now\n"
            "- the recurring order for toner and paper is still active on this account\n"
            "- nothing outstanding, the last invoice was already paid\n"
            "- the last box went to {address}, which is now empty\n"
            "Please cancel the repeat delivery plan so nothing more is shipped or charged."
        ),
        (
            "My daughter turned nine {when} and has decided, very firmly, that the picture books "
            "in her book club parcel are 'for babies'. She reads chapter books on her own now "
            "and was thrilled with the last one we bought her from your shop. Could you move her "
            "book club subscription up to the 9-12 age band from the next parcel?"
        ),
        (
            "I signed up for the 14-day free trial of your beauty box, mostly out of curiosity. "
            "The samples were nice and the packaging was lovely, but it's not something I'd use "
            "every month. The trial ends on Thursday and I don't want it to turn into a paid "
            "plan. Please cancel it before I'm charged."
        ),
        (
            "At the moment I get a small box every month, which means three lots of packaging "
            "and three knocks at the door from {carrier} every quarter. I'd much rather have one "
            "larger delivery and save the cardboard. I noticed there's a quarterly option on the "
            "website now. Can you switch my subscription to the quarterly box?"
        ),
    ],
    "account_help": [
        (
            "I am 79 and not very good with these things, so please bear with me. My old mobile "
            "stopped working and my son bought me a new one with a different number. Now the "
            "website sends a code to the old number every time I try to sign in, and of course I "
            "never see it. I was only trying to look at the cushions I ordered. How can I get "
            "into my account with my new phone number?"
        ),
        (
            "My son is 15 and set up an account on your site using my e-mail address, so all his "
            "order confirmations come to me. That was fine while I was paying for everything, "
            "but he now has his own bank card and wants his own login. How do we move his "
            "account onto his own e-mail address without losing his order history?"
        ),
        (
            "I own a small florist's and our shop account with you is still registered to the "
            "e-mail of a former employee who left {when}. Everything else is fine, and we've "
            "just had a lovely delivery of vases from you. I need the login e-mail changed to "
            "our general shop address so any of us can sign in. What do you need from me to "
            "do that?"
        ),
        (
            "Good day. I try to make an account on your shop since yesterday but it is not "
            "possible. Every time the form says my postcode is not valid, but it is the real "
            "postcode, I live here six years. I want to buy the {item} for my wife. Please can "
            "you help me finish the registration?"
        ),
        (
            "Brilliant. Your site has now locked me out after I mistyped my password a couple of "
            "times, right when the sale ends tonight and my basket is full. The 'unlock' e-mail "
            "it promised has not arrived in over an hour. I don't want an apology, I want my "
            "account unlocked so I can log back in."
        ),
        (
            "Funnily enough, your newsletter lands in my inbox perfectly every Friday, so I know "
            "you have the right address. What never arrives is the verification e-mail when I "
            "try to confirm my new account. I've checked spam, promotions and every other folder "
            "and pressed 'resend' at least five times. Could you verify the account manually or "
            "send the link another way?"
        ),
        (
            "I'm moving to Australia for good at the end of the month, and as far as I can tell "
            "you don't ship there. I've been a happy customer for years and my last order "
            "arrived quickly, so this isn't about any problem. I just don't want an unused "
            "account hanging around with my details in it. Please close my account."
        ),
        (
            "For ages I ordered as a guest, then {when} I finally registered properly. The "
            "problem is that none of my earlier orders appear in my account, including {order} "
            "which I might need for a warranty claim one day. They were all placed with the "
            "same e-mail address. Can you link my old guest orders to my account?"
        ),
        (
            "I got married in the spring, and I'm slowly working through every website that has "
            "my maiden name. Yours is one of the last. The profile page lets me change my phone "
            "number but the name fields are greyed out. Could you update the name on my account "
            "to my married surname?"
        ),
        (
            "Every time I request a password reset the link says it has expired, even if I click "
            "it within seconds of the e-mail arriving. I've tried two browsers and my phone, and "
            "I've cleared my cookies. I have an order on its way with {carrier}, so I'm not "
            "worried about that, I just want to be able to use my account. How can I reset my "
            "password?"
        ),
        (
            "Yesterday I used a computer at the library to check an order and, like an idiot, "
            "left without signing out. Nothing seems to have been ordered or changed, and my "
            "parcel arrived as normal this morning. Still, I'd feel much better if I could sign "
            "out of every device at once. Is there a way to do that, or can you do it for me?"
        ),
        (
            "I always signed in to your shop with my Facebook account, but I'm deleting Facebook "
            "next week and would rather not lose everything I've saved with you. I've got a "
            "wishlist of about thirty items and two years of orders. How do I switch my login "
            "to an ordinary e-mail and password before the Facebook account goes?"
        ),
        (
            "I've left quite a few reviews on your site over the years, mostly positive, and I "
            "stand by every one of them. The trouble is they all show my full name, which I set "
            "up years ago without thinking. I'd prefer just my first name and an initial. How "
            "do I change the display name on my account?"
        ),
        (
            "Login e-mail on the account: my old work address. Problem: I've left that job and "
            "can't get into that inbox any more. Need: the login moved to this personal address. "
            "I can give you my recent order numbers and postcode to prove who I am."
        ),
        (
            "I've bought from you several times as a guest, and this time I thought I'd create a "
            "proper account to make checkout quicker. The registration page says my e-mail is "
            "already registered, but I've never made an account, and 'forgot password' says it "
            "doesn't know the address. Which is it? Can you sort out whatever's blocking me so "
            "I can register?"
        ),
        (
            "I mainly use your app to keep an eye on deliveries, and the tracking e-mails are "
            "working fine, so this isn't about a parcel. The issue is that the app logs me out "
            "every single time I close it, and I have to type my password in again. I've "
            "reinstalled it twice. How do I get the app to keep me signed in?"
        ),
        (
            "My grandmother asked me to write this for her because she's been going round in "
            "circles all morning. She has shopped with you for years but can't remember which "
            "e-mail address she used to register, and she has at least three. We can give you "
            "her full name, address and phone number. Could you tell us which e-mail her account "
            "is under?"
        ),
        (
            "I'll be travelling for the next three months and won't be buying anything, but I "
            "don't want to lose my saved addresses, loyalty points and order history either. "
            "Deleting everything feels a bit drastic. Is it possible to deactivate my account "
            "temporarily and reopen it when I'm home?"
        ),
        (
            "I use a password manager that generates long random passwords, and your sign-up "
            "form rejects every single one of them with 'invalid characters', without saying "
            "which characters. I've tried five times now. I'd really like to open an account to "
            "buy the {garment} in {colour} before they sell out. What exactly does the password "
            "need to contain?"
        ),
        (
            "My wife and I have always shared one account, which worked well until we both "
            "started ordering presents for each other and spoiling the surprises. We'd like "
            "separate logins from now on. Nothing is wrong with any of our orders. Can you split "
            "the account, or at least tell me how to set up a second one for her at the same "
            "address?"
        ),
    ],
    "billing": [
        (
            "I do the bookkeeping for our small bakery and I've just been reconciling last "
            "month's statement. The order for the proving baskets, {order}, appears twice on "
            "our business card, both for {amount} and on the same day. We only received one "
            "parcel, and it arrived in perfect condition. Can you check why the card was "
            "charged twice for a single order?"
        ),
        (
            "The stand mixer arrived {when} and it's already earning its keep in our kitchen, so "
            "thank you. My accountant has now asked me for a proper VAT invoice showing our "
            "company name, address and VAT number, because the order confirmation isn't enough "
            "for her. Could you issue one for {order}?"
        ),
        (
            "It's my wife's birthday on Saturday and I've been trying to buy the necklace she "
            "mentioned for three evenings in a row. Each time, my card is declined at the very "
            "last step, even though there's plenty of money in the account and my bank says "
            "they've not blocked anything. Is something wrong on your side with card payments, "
            "and how can I get this payment through?"
        ),
        (
            "I cancelled {order} within about ten minutes of placing it, and I've had the "
            "cancellation confirmation, so that's all fine. However, my banking app still shows "
            "a pending charge of {amount} from your shop, four days later. Will that pending "
            "authorisation drop off by itself, or do I need to do something to release it?"
        ),
        (
            "I am 84 and I have never had a credit card and I don't intend to start now. My "
            "neighbour showed me your lovely garden benches on her computer and I would very "
            "much like to order one. Is it possible to pay by bank transfer, or by cheque "
            "through the post? Please tell me which ways of paying you accept."
        ),
        (
            "Dear team, I bought a laptop stand from you {when} and it is very good. For my "
            "taxes I need the invoice, but my surname on it is written wrong: it says "
            "'Kowalsky' and the right spelling is 'Kowalski'. The tax office is very strict with "
            "this. Can you please send me a corrected invoice?"
        ),
        (
            "My cordless vacuum has developed a fault, and the manufacturer will repair it under "
            "warranty, but only if I send them proof of purchase. I bought it from you about a "
            "year and a half ago and the paper receipt has long since vanished. Could you e-mail "
            "me a copy of the receipt for that order?"
        ),
        (
            "I've had my eye on the {item} for months, and now that it's in the sale I'd like to "
            "finally treat myself. I'd rather spread the cost over a few instalments than pay "
            "in one go, which is how I've paid at other shops. I can't see any mention of it on "
            "the checkout page. Do you accept any pay-later or instalment payment methods?"
        ),
        (
            "I live in the UK and your website showed me every price in pounds, but my bank "
            "statement shows I was charged in euros for {order}, plus a foreign transaction fee "
            "on top. The parcel itself arrived fine and quickly. Why was I billed in a different "
            "currency from the one shown at checkout?"
        ),
        (
            "I'm writing for my husband, who placed an order last night for our new garden "
            "furniture. He paid with his personal card by mistake when it was supposed to go on "
            "our joint account card, and he's fretting about it. The order hasn't shipped yet "
            "and we're happy with everything else. Can the payment be moved to the other card?"
        ),
        (
            "Your checkout told me the total was {amount}, I clicked pay, and my card was "
            "charged nearly eight pounds more. I've gone through the order confirmation line by "
            "line and nothing explains the difference. I expect prices to mean what they say. "
            "What is this extra amount on the charge, and why was I billed it?"
        ),
        (
            "My colleagues clubbed together and gave me one of your gift cards when I left my "
            "last job, which was very sweet of them. I've finally chosen a lamp, but every time "
            "I enter the gift card at checkout it says 'payment method not valid'. The code and "
            "PIN are definitely right. How do I get the gift card accepted as payment?"
        ),
        (
            "I'm the office manager at a primary school and we bought two reading beanbags from "
            "you {when}. They're a huge hit with the Year 2 class. Our finance office won't pay "
            "anything back to me unless the invoice is addressed to the school and shows our "
            "purchase order number. Could you reissue the invoice for {order} that way?"
        ),
        (
            "Each time I try to pay, the 3D Secure screen says it has sent a code to my phone, "
            "but no text ever arrives. My bank swears the number on file is correct and other "
            "online shops are working fine. I've been trying since {when} to buy a pair of "
            "trainers for my son. Is there another way to complete the payment?"
        ),
        (
            "Company account on this e-mail.\n"
            "Need: copies of all invoices for January to March, ideally in one PDF.\n"
            "Reason: quarterly VAT return due next week, and the accountant wants them by "
            "Monday.\n"
            "Note: the orders themselves were all fine, this is only paperwork.\n"
            "Can you send these invoices over?"
        ),
        (
            "I've got a gift card with {amount} left on it, but the coat I want costs more than "
            "that. I'd like to use the whole gift card and pay the remainder with {pay}. When I "
            "try at checkout it only seems to let me choose one method. Is it possible to split "
            "a payment between a gift card and another method?"
        ),
        (
            "My receipts from you show the total but no VAT breakdown at all, which makes "
            "claiming them back as a sole trader a bit of a nightmare. The goods themselves have "
            "always been great and the deliveries prompt. Is there a way to get invoices that "
            "show the net amount, the VAT rate and the VAT amount separately?"
        ),
        (
            "Going through our joint account, I found a payment of {amount} to your company "
            "dated the 9th. My husband doesn't remember ordering anything, I certainly didn't, "
            "and no parcel has turned up at the house. Before we assume the worst, can you tell "
            "us what that charge was for?"
        ),
        (
            "I updated my address in my account when we moved last month, and deliveries are "
            "coming to the new house with no problems. But the invoice for {order} still shows "
            "the old address, and my employer won't accept it for my expenses claim. Could you "
            "reissue that invoice with my current address on it?"
        ),
        (
            "At the last step of checkout I'm only offered card payment, although the help page "
            "mentions other options. I much prefer to pay with {pay} because I don't like "
            "typing my card number into websites. My basket has been sitting there for two days "
            "waiting. Which payment methods do you actually take?"
        ),
    ],
    "policy_question": [
        (
            "Every year I buy my grandchildren's birthday presents online, and this year it's a "
            "toy kitchen for my granddaughter, who lives a long way from me. If she already has "
            "one, or her parents have no room for it, could she return it herself without a "
            "receipt? What is your policy for returning gifts?"
        ),
        (
            "My family and I are relocating to {country} in the spring, and I've got used to "
            "buying almost everything for the house from you. I'd love to keep doing so after "
            "the move. Before I start planning, do you deliver there, and would I have to pay "
            "customs duties or import fees on top?"
        ),
        (
            "I'm thinking about buying one of your bean-to-cup coffee machines, which is a lot "
            "of money for me. The reviews are great, but I've been burned before by a machine "
            "that died a month after its guarantee. How long is the warranty on your coffee "
            "machines, and what exactly does it cover?"
        ),
        (
            "I've ordered from you many times at full price and always been happy, but the "
            "things in the current sale are tempting me. I've been caught out before by a shop "
            "that wouldn't take sale items back. Can items bought in your sale be returned, or "
            "are they final?"
        ),
        (
            "I'm not planning to cancel anything, I just like to know how things work before I "
            "place a big order. If I were to change my mind an hour or two after paying, would "
            "there be a cancellation fee? And does that change once the order has shipped?"
        ),
        (
            "I often buy clothes online and find the colours on my screen don't always match "
            "real life. Some shops will only give a refund, which means paying for delivery "
            "again. Do you allow exchanges for a different colour of the same item, or is it "
            "refunds only?"
        ),
        (
            "Our wedding anniversary is next Thursday and I'm a notorious last-minute shopper, "
            "as my wife will tell you. I haven't chosen anything yet, but I want to know how "
            "long I've got. What's the latest time I can order to get next-day delivery, and "
            "does that include Saturdays?"
        ),
        (
            "I work odd hours and parcels left with neighbours have a habit of disappearing on "
            "our street. I'd much rather pick things up myself on the way home. Do you offer "
            "click and collect or delivery to a parcel locker, and if so is there a charge?"
        ),
        (
            "A friend told me that when she returned something to you, the refund came back as "
            "store credit rather than money. That put me off a little, to be honest. If I ever "
            "need to send something back, will I be refunded to my original payment method or "
            "with a voucher?"
        ),
        (
            "I bought a rug from you {when} and I love it, no problems there at all. Then "
            "yesterday I saw a very similar one of yours reduced by thirty percent. Nothing to "
            "do with my order, but it got me wondering. Do you have a price adjustment policy "
            "if something goes on sale shortly after someone buys it?"
        ),
        (
            "I live in {country} and your shop is one of the few that ships here, which I "
            "really appreciate. Before I order clothes, though, I'd like to understand how "
            "returns work from abroad. Who pays for the return postage, and how long do I have "
            "to send things back?"
        ),
        (
            "I'm buying some earrings and a lipstick set as presents, and I know some shops "
            "won't take these back for hygiene reasons. I'd rather know now than find out "
            "later. What's your policy on returning earrings and cosmetics, opened or unopened?"
        ),
        (
            "I like to get my Christmas shopping done early, usually in late October. The "
            "trouble is that the normal 30-day return window would be over before the presents "
            "are even unwrapped. My sister-in-law got caught out like that last year. Do you "
            "extend the returns period for items bought for Christmas, and from what date?"
        ),
        (
            "I run a small holiday-let business and I'm furnishing two new cottages, so I'll be "
            "buying a fair bit of furniture over the next few months. Sometimes things simply "
            "don't suit a room once they're in. In general, do you charge a restocking fee or "
            "collection fee if large furniture is returned?"
        ),
        (
            "In my country the law gives 14 days to send back things bought online, but I read "
            "that some shops in the UK give more. I have not ordered yet, I am only comparing "
            "shops. Please, how many days does your shop give for returns, and must the item be "
            "in its box?"
        ),
        (
            "I've had a couple of bad experiences with other shops where a parcel went missing "
            "and everyone blamed everyone else. I'd like to know where I stand before I spend "
            "much with you. If a parcel is lost in transit, who is responsible, you or the "
            "courier, and what usually happens?"
        ),
        (
            "Weekdays are hopeless for me as I commute two hours each way. I've had three "
            "'sorry we missed you' cards this month from various shops, though none from you. "
            "I'd like to plan my next few orders around being at home. "
            "Do you offer Saturday or Sunday delivery, and what does it cost?"
        ),
        (
            "I'm considering ordering an engraved chopping board as a wedding present for a "
            "couple of friends. My worry is that if I make a mistake in the wording, I'll be "
            "stuck with it. Can personalised or engraved items be returned or exchanged at all?"
        ),
        (
            "Quick question about how free delivery works, since I'm putting together a basket "
            "of bits for the garden. Your banner says free delivery over {amount}, but I usually "
            "have a discount code from the newsletter. Is the free delivery threshold worked out "
            "before or after the discount is taken off?"
        ),
        (
            "My brother-in-law is selling me his almost-new robot vacuum, which he bought from "
            "you about eight months ago, and he still has the receipt. It works perfectly now, "
            "but I'd like some reassurance. Does your warranty transfer to a new owner, or does "
            "it only cover the original buyer?"
        ),
    ],
    "sales_question": [
        (
            "My husband commutes by train for nearly two hours a day and his old headphones "
            "finally fell apart, so I want to surprise him with new ones for his birthday. I've "
            "narrowed it down to the two over-ear models on your site. Which of those two has "
            "the longer battery life, and do both have noise cancelling?"
        ),
        (
            "I spotted the {item} in {colour} on your Instagram weeks ago, and by the time I got "
            "paid it had sold out. I've been checking the site every few days since. Do you know "
            "when it will be back in stock in that colour, or has it been discontinued?"
        ),
        (
            "I know my size in your {garment}, it's a {size}, and I've bought the same cut "
            "before, so that's not the problem. The trouble is that I react badly to wool, even "
            "small amounts in a blend. The description just says 'soft knit'. Could you tell me "
            "exactly what the new {garment} is made of?"
        ),
        (
            "I dropped my phone on the pavement {when} and the case did its job, so I'm buying "
            "a new one rather than a new phone. I've got the small model of last year's phone, "
            "not the Pro. Will the clear case listed on your site fit it, with cut-outs in the "
            "right places for the camera?"
        ),
        (
            "We live in an old terraced house with a narrow staircase that turns at the top, "
            "and we've already had to send one sofa back elsewhere because it wouldn't go up. I "
            "like your two-seater a lot. What are its exact dimensions, and do the legs or arms "
            "come off for getting it through tight spaces?"
        ),
        (
            "I'm a nurse and lots of shops offer a healthcare worker discount these days, which "
            "makes a real difference on my salary. I'm about to buy a new mattress and would "
            "like to do it with you. Do you offer any discount for NHS staff, students or "
            "similar?"
        ),
        (
            "I'm 87 and my eyesight isn't good enough for websites any more, and I don't have "
            "anyone nearby to help me. I used to order from your paper catalogue years ago. I "
            "would like to buy two of your fleece blankets. Can I place an order over the "
            "telephone, and what number should I ring?"
        ),
        (
            "I run a small café and my espresso grinder has finally given up after six years. "
            "It's just one grinder, so not a big order. Your top model looks good, but the "
            "description only talks about home use. Is it built to cope with commercial use, "
            "maybe two hundred coffees a day?"
        ),
        (
            "I'd like to see the {item} in person before I buy, because it's a lot of money and "
            "I'm fussy about colours. I'm often near your store in town. Is it on display there, "
            "and can I check online whether the shop has it in stock?"
        ),
        (
            "I stopped buying animal leather a few years ago, and I'm looking for a work bag "
            "that will last. The brown satchel on your website looks lovely, but the listing "
            "just says 'leather look'. Is it vegan leather, and is it likely to crack after a "
            "year of daily use?"
        ),
        (
            "I'm hopeless at DIY, my partner is worse, and the last flat-pack wardrobe we built "
            "ended up with a door on upside down. Before I order the {item}, I'd like to know "
            "what I'm letting myself in for. Does it come assembled, and if not, how long does "
            "it roughly take to put together?"
        ),
        (
            "A friend of mine raves about your bedding and I'm about to place my very first "
            "order, a duvet set and two pillows. She mentioned you sometimes have a welcome "
            "offer for new customers, but I can't see one anywhere on the site. Is there a "
            "discount code for a first order?"
        ),
        (
            "I'm planning to buy the {item} and the matching stand, which I've seen people use "
            "together in photos. Buying them separately adds up to quite a lot. Do you ever sell "
            "the two as a bundle, or is there a discount if I buy both at the same time?"
        ),
        (
            "The new version of the {item} is listed as 'coming soon' on your site. I'd really "
            "like to make sure I get one in the first batch, because the last model sold out "
            "in hours and I missed it. "
            "Is there a way to pre-order it, and will I be charged now or when it ships?"
        ),
        (
            "My daughter has coeliac disease, so we have to be very careful with anything she "
            "eats, and reading labels has become second nature. Your granola gift box would be "
            "perfect for her birthday hamper. Are all the granolas in the box gluten-free, and "
            "are they made somewhere that handles wheat?"
        ),
        (
            "My twins turn two next month and I'm looking at the wooden stacking toy for them. "
            "They still put absolutely everything in their mouths, as twins apparently do. Is it "
            "safe for a two-year-old, with no small parts, and what kind of paint or finish is "
            "used?"
        ),
        (
            "We split our time between the UK and the US, and I'd like a hair dryer I can use in "
            "both houses rather than buying two. The one on your site looks perfect otherwise. "
            "Is it dual voltage, or would it blow up on an American socket even with an "
            "adapter?"
        ),
        (
            "I can see two versions of the {item} on your site, one called 'standard' and one "
            "called 'plus', with about forty pounds between them. The photos look identical to "
            "me and the descriptions don't help much. What's actually the difference, and is "
            "the plus worth it for occasional use?"
        ),
        (
            "Money is a bit tight this year since I was made redundant, but I still need a "
            "decent washing machine for the family. I don't mind a scratch or two at all. Do "
            "you sell refurbished or ex-display appliances, and do they come with a guarantee?"
        ),
        (
            "We've just adopted two kittens, who are both getting into everything, including "
            "the houseplants. I'd love to buy a few of your big leafy plants for the living "
            "room, but I know some are poisonous to cats. Which of the plants you sell are safe "
            "to have around pets?"
        ),
    ],
    "feedback": [
        (
            "Last month I had to send back a pair of boots, and I was dreading it after "
            "experiences with other shops. Your colleague Priya answered my e-mail within the "
            "hour, sorted the label, and even remembered my name when I wrote again. The refund "
            "arrived days earlier than promised. I just wanted to say she deserves a pat on the "
            "back, and please pass that on."
        ),
        (
            "A small idea from a regular shopper. When I'm browsing your dresses, I have to click "
            "into every single one to find out whether my size is in stock, and half the time "
            "it isn't. A filter to show only items available in my size would save a lot of "
            "time. I think it would be a big improvement to the site."
        ),
        (
            "I bought the {item} as a present for my dad, and he rang me last night to say it's "
            "the best thing anyone's given him in years. I'd love to write a review, but because "
            "it was delivered to his address, the review link went to him, and he doesn't do "
            "computers. Can I still leave a review for it from my own account?"
        ),
        (
            "Everything I've ordered from you has arrived in perfect condition, so this isn't a "
            "complaint. I did notice, though, that one small candle came wrapped in three layers "
            "of bubble wrap inside a box far too big for it. Paper padding or a smaller box "
            "would be kinder to the planet. Just a suggestion for your warehouse team."
        ),
        (
            "I love your app, and I use it far more than the website. One thing I keep wishing "
            "for is a way to share my wishlist with family, because every birthday my mum asks "
            "me what I want and I end up sending her screenshots. A shareable wishlist link "
            "would be a wonderful addition, if your developers are looking for ideas."
        ),
        (
            "I am 76 and I do most of my shopping with you online now. I must say the website "
            "text is very small and pale, and the grey writing on white is hard for older eyes. "
            "I manage with my magnifying glass, so please don't worry about me. I only mention "
            "it because a larger, darker font would help a lot of people my age."
        ),
        (
            "Eight years ago I bought one of your cast iron casserole dishes, and I've used it "
            "at least twice a week ever since: stews, bread, you name it. It has been in the "
            "oven, on the hob and once, regrettably, on the campfire. It still looks almost new. "
            "I just wanted to tell someone there how well it has lasted."
        ),
        (
            "Your delivery driver this morning, with {carrier}, went above and beyond. It was "
            "pouring down, my mother couldn't get to the door quickly with her walker, and he "
            "waited patiently, then carried the parcel into the hall for her. I know he may not "
            "work for you directly, but I wanted you to know how much it meant to us."
        ),
        (
            "As a left-hander, I've bought your garden shears and your bread knife, and both are "
            "excellent but clearly designed for right-handed people. There are more of us than "
            "you might think! A left-handed range would be a great idea, and I'd be first in "
            "line to buy it."
        ),
        (
            "We've been getting the family recipe box for about a year and we're still "
            "enjoying it. One suggestion about the recipe cards, though: it would be lovely if "
            "they showed the cooking time in big letters on the front, so we could choose "
            "tonight's dinner at a glance. The food itself is spot on."
        ),
        (
            "I'm typing this for my six-year-old, Alfie, who insisted that 'the shop needs to "
            "know'. He got your dinosaur excavation kit for his birthday and has spent the whole "
            "weekend digging out bones with a toothbrush. His words: 'It is the best present in "
            "the world and the T-rex is the best one.' Thank you from a very happy boy."
        ),
        (
            "I popped into your pop-up shop at the station on my way home yesterday, and what a "
            "lovely little space. The staff didn't hover, but were happy to chat when I had a "
            "question, and the displays were beautiful. I hope it becomes a permanent fixture. "
            "Just wanted to share how much I enjoyed the visit."
        ),
        (
            "Hello, I am from Poland and I read English quite well, but my mother only reads "
            "Polish. Your website translation to German and French is very good, I checked with "
            "friends. Maybe in the future you can also add Polish? I think many customers would "
            "use it. This is only an idea, not a complaint."
        ),
        (
            "Some notes after checking out on my phone {when}:\n"
            "- the postcode lookup worked great\n"
            "- the 'apply code' button is hidden under the keyboard\n"
            "- the order summary is clear and easy to read\n"
            "Overall a smooth experience. Passing this on in case it helps."
        ),
        (
            "Mixed feelings about the {item}, so here is my honest take. The build quality is "
            "superb and it looks better than the photos. The instructions, on the other hand, "
            "were confusing and took me two attempts to follow. I'm keeping it and I'm happy, "
            "I'd just rewrite the manual if I were you."
        ),
        (
            "To be clear, I'm not asking to unsubscribe, I actually read your newsletter every "
            "week. I just think it has become a bit cluttered lately, with six different offers "
            "squashed into the first screen. The older style, with one feature product and a "
            "short story, was much more enjoyable. Just some thoughts from a fan."
        ),
        (
            "A quick thank you. I returned the {garment} {when} because the colour wasn't right "
            "on me, and the refund was back on {pay} within two days, which is faster than any "
            "other shop I use. It makes me much more willing to order from you again. Keep "
            "doing what you're doing."
        ),
        (
            "I send a lot of presents straight to friends and family, and it would be really "
            "helpful if there was a 'this is a gift' tick box at checkout that hides the prices "
            "on the packing slip. I've had one or two slightly awkward thank-you calls. Please "
            "consider it for a future update."
        ),
        (
            "I was impressed to see the full list of where your cotton comes from on the product "
            "pages, and that the packaging is entirely recyclable. Too many companies just "
            "throw the word 'sustainable' around. It's one of the main reasons I shop with you, "
            "and I wanted to say so."
        ),
        (
            "I run a small bakery, but this is just me as a home cook. I bought your hand mixer "
            "for my own kitchen, and it has whipped everything I've thrown at it, from meringues "
            "to brioche. I have now recommended it to three friends. Where on the site can I "
            "leave a five-star review for it?"
        ),
    ],
    "newsletter": [
        (
            "Just to say the courier who delivered my order this morning was lovely, and the "
            "parcel arrived in perfect condition. I'll definitely shop with you again when I "
            "need something. That said, I don't need an e-mail from you every single day. "
            "Please take me off your marketing list."
        ),
        (
            "I've been waiting for the {item} to come back in stock for weeks, and checking the "
            "website every morning is getting old. I'd rather be told when new stock arrives. "
            "Could you sign me up to your newsletter so I hear about restocks and new arrivals?"
        ),
        (
            "I am 82 and I find I get far too many e-mails these days, and most of them are from "
            "shops. I did enjoy the slippers I bought from you last winter. But I really cannot "
            "keep up with all the offers you send. Would you please remove me from your mailing "
            "list?"
        ),
        (
            "My husband passed away in March, and I'm still receiving your promotional e-mails "
            "addressed to him, which is upsetting each time. I've no idea how to log into his "
            "account, and I have no wish to. Could you please stop sending marketing e-mails "
            "to his address?"
        ),
        (
            "Hello, I want to receive your news letter with the offers. I put my e-mail in the "
            "box at the bottom of the page three days ago, but no confirmation e-mail is coming "
            "and also no newsletter. I checked the spam folder. Can you add me to the list, "
            "please?"
        ),
        (
            "I have unsubscribed from your e-mails three times now, and each time I get the "
            "'sorry to see you go' page. Then, two days later, another 'flash sale' lands in my "
            "inbox. It's getting ridiculous. Take my address off your marketing list for good, "
            "and please confirm when it's done."
        ),
        (
            "I used to get your newsletter at my work e-mail, but I've changed jobs and that "
            "inbox is closed. I'd still like to keep getting it, because the recipe ideas are "
            "lovely. Could you sign this personal address up to the newsletter instead?"
        ),
        (
            "I don't want to unsubscribe entirely, because I do like hearing about your sales. "
            "But at the moment I get something from you almost every day, sometimes twice. Is "
            "there an option to get just a weekly round-up e-mail instead of every single "
            "promotion?"
        ),
        (
            "A colleague told me that if I join your mailing list I get a voucher for my first "
            "order, and I've been eyeing up the {item} for a while. I've looked all over the "
            "homepage for a sign-up box and can't find one. How do I subscribe to the "
            "newsletter?"
        ),
        (
            "On behalf of my partner, who is sitting next to me grumbling: she signed up for "
            "your mailing list at a craft fair last year and now gets your offers several times "
            "a week. She's very happy with the embroidery kits she bought, but she'd like the "
            "e-mails to stop. Her address is the one this message is copied to."
        ),
        (
            "I ticked a box at checkout {when}, apparently agreeing to marketing, and now I get "
            "text messages from you about offers at all hours. The delivery of {order} was quick "
            "and no problem. I just don't want promotional texts on my phone. Please stop "
            "sending me marketing SMS."
        ),
        (
            "Every month a thick printed catalogue from you drops through our letterbox, and "
            "every month it goes straight into the recycling. It seems a waste of paper when I "
            "do all my shopping online anyway. Can you take our address off your catalogue and "
            "marketing mailing list?"
        ),
        (
            "I own a small hairdressing salon and I once ordered some towels from you using the "
            "salon's e-mail. Since then the shared inbox has filled up with your promotions, and "
            "my staff keep having to wade through them to find bookings. Please remove the salon "
            "address from your promotional e-mails."
        ),
        (
            "My 12-year-old entered a competition on your website using my e-mail address, "
            "without asking me first. She didn't win, sadly, but I've been getting your "
            "marketing e-mails ever since. No harm done, but can you unsubscribe me from the "
            "mailing list?"
        ),
        (
            "Unsubscribe request.\n"
            "Address: the one I'm writing from.\n"
            "Reason: too many e-mails, four this week alone, and I never open them.\n"
            "Other: no problem with my order, {order} arrived fine via {carrier}.\n"
            "Please remove me from all marketing e-mails and confirm once done."
        ),
        (
            "I like hearing from you when there's a sale, but the 'new arrivals' e-mails every "
            "couple of days are a bit much for me. I looked in my account settings and there's "
            "only one on/off switch. Could you set my preferences so I only get the sale e-mails?"
        ),
        (
            "Silly me, I was clearing out my inbox at the weekend and clicked 'unsubscribe' on "
            "your newsletter along with a dozen others by mistake. Yours is one of the few I "
            "actually read. Could you put me back on the list, please?"
        ),
        (
            "I sent my friend a birthday present from your shop and typed her e-mail in for the "
            "delivery updates. She got the present, loved it, but now she's receiving your "
            "newsletters as well, which she never asked for. I feel a bit embarrassed. Could you "
            "remove her e-mail from your marketing list?"
        ),
        (
            "I hope this finds you well. I read on social media that you're launching a new "
            "homeware collection in the autumn, and I would very much like to be among the "
            "first to hear about it. Is there an early-access list or newsletter I can join? "
            "Thank you so much for your time."
        ),
        (
            "The 'unsubscribe' link at the bottom of your e-mails goes to a page that says "
            "'error 404'. I've tried it on my phone and on my laptop with the same result. My "
            "last order arrived fine and I have no other issue, but I don't want the e-mails. "
            "Could you remove my address from the newsletter manually?"
        ),
    ],
}
